import type { MenuItemConstructorOptions } from 'electron'
import type { TFunction } from 'i18next'

/** The right-click menu in text: cut, copy, paste and select all, as far as they apply here. */
export function contextMenuTemplate(
  t: TFunction,
  flags: { isEditable: boolean; canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean },
): MenuItemConstructorOptions[] {
  const label = (key: string) => t(key, { ns: 'menu' })
  const items: MenuItemConstructorOptions[] = []
  if (flags.isEditable) items.push({ role: 'cut', label: label('cut'), enabled: flags.canCut })
  items.push({ role: 'copy', label: label('copy'), enabled: flags.canCopy })
  if (flags.isEditable) items.push({ role: 'paste', label: label('paste'), enabled: flags.canPaste })
  items.push({ type: 'separator' }, { role: 'selectAll', label: label('selectAll'), enabled: flags.canSelectAll })
  return items
}

/** The application menu, every label from locales/menu.json. */
export function menuTemplate(t: TFunction, options: { isMac: boolean; appName: string }): MenuItemConstructorOptions[] {
  const label = (key: string) => t(key, { ns: 'menu' })
  return [
    ...(options.isMac
      ? [
          {
            label: options.appName,
            submenu: [{ role: 'about', label: label('about') }, { type: 'separator' }, { role: 'quit', label: label('quit') }],
          } satisfies MenuItemConstructorOptions,
        ]
      : [{ label: label('file'), submenu: [{ role: 'quit', label: label('quit') }] } satisfies MenuItemConstructorOptions]),
    {
      label: label('edit'),
      submenu: [
        { role: 'undo', label: label('undo') },
        { role: 'redo', label: label('redo') },
        { type: 'separator' },
        { role: 'cut', label: label('cut') },
        { role: 'copy', label: label('copy') },
        { role: 'paste', label: label('paste') },
        { role: 'selectAll', label: label('selectAll') },
      ],
    },
    {
      label: label('view'),
      submenu: [
        { role: 'zoomIn', label: label('zoomIn') },
        { role: 'zoomOut', label: label('zoomOut') },
        { role: 'resetZoom', label: label('resetZoom') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label('fullScreen') },
      ],
    },
    {
      label: label('window'),
      submenu: [{ role: 'minimize', label: label('minimize') }],
    },
    ...(options.isMac ? [] : [{ label: label('help'), submenu: [{ role: 'about', label: label('about') }] } satisfies MenuItemConstructorOptions]),
  ]
}

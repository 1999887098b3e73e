import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react'
import './button.css'

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link'

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: ButtonVariant | undefined
  size?: 'normal' | 'small' | undefined
  ref?: Ref<HTMLButtonElement> | undefined
  children: ReactNode
}

/** One button style for the whole app: primary (the way on), secondary, warning (delete), or a link-like button. */
export function Button({ variant = 'secondary', size = 'normal', type = 'button', children, ...rest }: ButtonProps) {
  const classes = ['at-button', `at-button--${variant}`, size === 'small' && 'at-button--small'].filter(Boolean).join(' ')
  return (
    <button type={type} className={classes} {...rest}>
      {children}
    </button>
  )
}

/** Buttons side by side, wrapping when the text is large. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="at-button-row">{children}</div>
}

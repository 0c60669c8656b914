// The lake's four roles, named and titled as Sanity's built-in project roles are.

export const ROLES = ['administrator', 'editor', 'contributor', 'viewer'] as const

export type Role = (typeof ROLES)[number]

export interface RoleDescription {
  name: Role
  title: string
}

const ROLE_TITLES: Record<Role, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  contributor: 'Contributor',
  viewer: 'Viewer',
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLES.some((role) => role === value)
}

export function roleDescription(role: Role): RoleDescription {
  return { name: role, title: ROLE_TITLES[role] }
}

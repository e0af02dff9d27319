import type { ReactNode } from 'react';

/** A screen and the URL pattern ("/partners/:id") it answers to; features export lists of these. */
export interface RouteDef {
  pattern: string;
  render: (params: Record<string, string>) => ReactNode;
}

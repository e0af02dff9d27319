import { useMutation } from '@tanstack/react-query';
import { signIn, signOut } from '../../data/index.ts';

export const useSignIn = () =>
  useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
  });

export const useSignOut = () =>
  useMutation({ mutationFn: ({ everywhere }: { everywhere: boolean }) => signOut({ everywhere }) });

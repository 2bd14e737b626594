/** Site-wide names, said once. */
export const SITE = {
  name: { zh: '青岛文献注本', en: 'Qingdao Annotated Sources' },
} as const;

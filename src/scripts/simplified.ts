/**
 * Traditional characters to simplified (OpenCC, Taiwan → mainland), for
 * queries typed in traditional script. The converter is loaded once, and only
 * when a query needs it.
 */
let converter: Promise<(text: string) => string> | undefined;

export async function toSimplified(text: string): Promise<string> {
  converter ??= import('opencc-js/t2cn').then(({ Converter }) =>
    Converter({ from: 'tw', to: 'cn' }),
  );
  const convert = await converter;
  return convert(text);
}

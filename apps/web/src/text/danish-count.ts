/** «1 celle», «2 celler», «0 celler»: a count with the Danish noun in the singular only for one. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

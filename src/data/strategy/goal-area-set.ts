import type { GoalArea } from '../../domain/strategy';
import { foldName } from '../../domain/text-match';
import { idFromName } from './strategy-checks';

/**
 * The strategy's goal areas as a workbook names them: by id or by name (folded), and a name not yet
 * known becomes a new goal area, so that an indicator list's målområde column makes the goal areas.
 */
export class GoalAreaSet {
  readonly list: GoalArea[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly ids = new Set<string>();

  add(area: GoalArea): boolean {
    if (this.ids.has(area.id)) return false;
    this.list.push(area);
    this.ids.add(area.id);
    this.byKey.set(area.id, area.id);
    this.byKey.set(foldName(area.name), area.id);
    return true;
  }

  /** The id of the goal area named `name`, made when none has it. */
  idOf(name: string): string {
    const known = this.byKey.get(foldName(name)) ?? this.byKey.get(name.trim());
    if (known !== undefined) return known;
    const id = idFromName(name, this.ids, 'malomrade');
    this.add({ id, name: name.trim(), description: '', rusAreas: [] });
    return id;
  }
}

/** A cell's list of goal areas: `Klimatsmart; Konkurrenskraftigt` (also `,` or a new line). */
export function goalAreaNames(cell: string): string[] {
  return cell
    .split(/[;\n]|,(?!\d)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

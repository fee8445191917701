/** One line of the bench's closing table: a figure, its floor, the ratio, the goal and the verdict. */
export interface Goal {
  readonly figure: string;
  readonly measured: string;
  readonly floor: string;
  readonly ratio: string;
  readonly goal: string;
  readonly met: boolean;
}

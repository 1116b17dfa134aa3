import { QuestionWindow, WINDOW_STATES, WindowState, danishLongDateTime, windowClosesAt, windowInput, windowState } from '@budgetflow/domain';
import { ApiProperty } from '@nestjs/swagger';

/** The window as the budget office typed it: Danish dates and clock times. */
export class QuestionWindowTypedView {
  @ApiProperty({ example: '2025-08-15' }) opensOn!: string;
  @ApiProperty({ example: '08:00' }) opensAt!: string;
  @ApiProperty({ example: '2025-08-24' }) closesOn!: string;
  @ApiProperty({ example: '12:00' }) closesAt!: string;
}

/** A round's question window: the moments, as typed and as instants, and where it stands now. */
export class QuestionWindowView {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ description: 'Åbningen (ISO 8601)' }) opensAt!: string;
  @ApiProperty({ description: 'Fristen (ISO 8601)' }) closesAt!: string;
  @ApiProperty({ description: 'Når Koncernøkonomi lukkede før fristen (ISO 8601); ellers null', nullable: true, type: String }) closedEarlyAt!: string | null;
  @ApiProperty({ description: 'Svarfristen i kalenderdage fra fordelingen' }) answeringDays!: number;
  @ApiProperty({ description: 'Hvor vinduet står nu', enum: [...WINDOW_STATES], enumName: 'QuestionWindowState' }) state!: WindowState;
  @ApiProperty({ type: QuestionWindowTypedView, description: 'Som det blev skrevet: dato og klokkeslæt i dansk tid' }) typed!: QuestionWindowTypedView;
  @ApiProperty({ description: 'På dansk', example: 'Der kan stilles spørgsmål fra 15. august 2025 kl. 08.00 til 24. august 2025 kl. 12.00.' }) text!: string;
}

export function toQuestionWindowView(roundId: string, window: QuestionWindow, now: Date): QuestionWindowView {
  const state = windowState(window, now);
  const { answeringDays: _days, ...typed } = windowInput(window);
  const period = `fra ${danishLongDateTime(window.opensAt)} til ${danishLongDateTime(window.closesAt)}`;
  const closedEarly = window.closedEarlyAt && window.closedEarlyAt < window.closesAt;
  const text = closedEarly
    ? `Koncernøkonomi lukkede for spørgsmål ${danishLongDateTime(windowClosesAt(window))} (fristen var ${danishLongDateTime(window.closesAt)}).`
    : `Der kan stilles spørgsmål ${period}.`;
  return {
    roundId,
    opensAt: window.opensAt.toISOString(),
    closesAt: window.closesAt.toISOString(),
    closedEarlyAt: window.closedEarlyAt?.toISOString() ?? null,
    answeringDays: window.answeringDays,
    state,
    typed,
    text,
  };
}

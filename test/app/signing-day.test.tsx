import { act, screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';

import { events } from '../../mocks/data/events';
import { liveTimeline } from '../fakes/vis-timeline';
import { renderApp } from '../render';

/** The signatures dated 25 October 2025 in Hanoi, the day itself settled. */
const SIGNED_ON_THE_25TH = events.filter(
  (event) =>
    event.type === 'signature' &&
    event.start === '2025-10-25' &&
    event.end === null &&
    event.dateUncertain !== true,
);
const STACK_NAME = `${String(SIGNED_ON_THE_25TH.length)} signatures, Sat, 25 Oct 2025`;

/** The stack drawn on the timeline, once the timeline is drawn. */
async function drawnStack() {
  return waitFor(
    () => {
      const stacks = liveTimeline()
        .items.get()
        .filter((item) => String(item.className).includes('tt-stack'));
      expect(stacks).toHaveLength(1);
      const [stack] = stacks;
      if (!stack) throw new Error('no stack drawn');
      return stack;
    },
    { timeout: 10_000 },
  );
}

function openOnTheTimeline(id: string | number) {
  act(() => {
    liveTimeline().listeners.get('select')?.({ items: [id] });
  });
}

test('the 25th of October is drawn as one item with its count, and the drawing adds up to the events', async () => {
  renderApp('/');
  const stack = await drawnStack();
  const drawn = liveTimeline().options.template?.({ id: stack.id });
  if (!(drawn instanceof HTMLElement)) throw new Error('no stack content');
  expect(drawn).toHaveTextContent(
    `${String(SIGNED_ON_THE_25TH.length)} signatures`,
  );
  expect(drawn).toHaveAccessibleName(`${STACK_NAME}. Opening lists them.`);
  // Every event is drawn: alone, or as one of the stack's count.
  expect(liveTimeline().items.length - 1 + SIGNED_ON_THE_25TH.length).toBe(
    events.length,
  );
});

test('opening the stack lists its signatures; each opens its details and the list stays until Escape', async () => {
  const { user } = renderApp('/');
  const stack = await drawnStack();
  openOnTheTimeline(stack.id);

  const list = await screen.findByRole('region', { name: STACK_NAME });
  expect(window.location.pathname).toBe('/');
  expect(within(list).getByRole('heading', { name: STACK_NAME })).toHaveFocus();
  const choices = within(list).getAllByRole('button', { name: /./ });
  const titles = choices
    .filter((button) => button.textContent !== 'Close the list')
    .map((button) => button.textContent);
  // By title, so by the state's name the title starts with.
  expect(titles).toEqual(
    SIGNED_ON_THE_25TH.map((event) => event.title).sort(
      new Intl.Collator('en').compare,
    ),
  );
  expect(liveTimeline().getSelection()).toEqual([stack.id]);

  const [first] = SIGNED_ON_THE_25TH;
  if (!first) throw new Error('no signature');
  await user.click(within(list).getByRole('button', { name: first.title }));
  expect(window.location.pathname).toBe(`/events/${first.id}`);
  expect(
    await screen.findByRole('region', { name: first.title }),
  ).toBeInTheDocument();
  expect(screen.getByRole('region', { name: STACK_NAME })).toBeInTheDocument();

  await user.click(within(list).getByRole('button', { name: first.title }));
  await user.keyboard('{Escape}');
  await waitFor(() => {
    expect(
      screen.queryByRole('region', { name: STACK_NAME }),
    ).not.toBeInTheDocument();
  });
});

test('the Close button closes the list, and another item on the timeline closes it too', async () => {
  const { user } = renderApp('/');
  const stack = await drawnStack();
  openOnTheTimeline(stack.id);
  const list = await screen.findByRole('region', { name: STACK_NAME });
  await user.click(
    within(list).getByRole('button', { name: 'Close the list' }),
  );
  expect(
    screen.queryByRole('region', { name: STACK_NAME }),
  ).not.toBeInTheDocument();

  openOnTheTimeline(stack.id);
  await screen.findByRole('region', { name: STACK_NAME });
  const ceremony = events.find((event) => event.type === 'ceremony');
  if (!ceremony) throw new Error('no ceremony');
  openOnTheTimeline(ceremony.id);
  expect(window.location.pathname).toBe(`/events/${ceremony.id}`);
  expect(
    screen.queryByRole('region', { name: STACK_NAME }),
  ).not.toBeInTheDocument();
});

test('an event opened from a link, drawn inside the stack, shows the stack chosen', async () => {
  const [first] = SIGNED_ON_THE_25TH;
  if (!first) throw new Error('no signature');
  renderApp(`/events/${first.id}`);
  const stack = await drawnStack();
  await waitFor(() => {
    expect(liveTimeline().getSelection()).toEqual([stack.id]);
  });
});

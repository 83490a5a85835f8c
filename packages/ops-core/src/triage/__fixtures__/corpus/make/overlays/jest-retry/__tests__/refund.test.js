// Fails on every attempt: a real bug, retried in vain.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe("refund", () => {
  test("adds the refunded items back to stock", () => {
    const stock = { tea: 4 };
    stock.tea -= 1; // a refund should add, not subtract
    expect(stock.tea).toBe(5);
  });
});

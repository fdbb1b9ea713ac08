// Trading: main pushes new risk limits to every thread's order book with Slot<T>.RunOnAllThreads<TState> and a
// completion; the state is a class with settable properties (mutable). Twin: a positional record (init-only).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RiskUpdateMutableClass;

public sealed class RiskUpdate
{
    public string Symbol { get; set; } = "";
    public long MaxQuantity { get; set; }
}

public sealed class LimitedBook
{
    public Dictionary<string, long> MaxQuantity { get; } = new();

    public void Apply(RiskUpdate update) => MaxQuantity[update.Symbol] = update.MaxQuantity;
}

public sealed class RiskDesk
{
    private readonly Slot<LimitedBook> _books;

    public RiskDesk(Slot<LimitedBook> books) => _books = books;

    public void Limit(string symbol, long maxQuantity, Action done)
    {
        var update = new RiskUpdate { Symbol = symbol, MaxQuantity = maxQuantity };
        _books.RunOnAllThreads((book, u) => book.Apply(u), update, done); // expect: WEFT0007
    }
}

public static class RiskRules
{
    public const long HardCap = 1_000_000;

    public static long Clamp(long maxQuantity) => Math.Clamp(maxQuantity, 0, HardCap);

    public static bool IsHalt(long maxQuantity) => maxQuantity == 0;

    public static string Describe(string symbol, long maxQuantity) =>
        IsHalt(maxQuantity) ? $"{symbol}: halted" : $"{symbol}: max {Clamp(maxQuantity)}";
}

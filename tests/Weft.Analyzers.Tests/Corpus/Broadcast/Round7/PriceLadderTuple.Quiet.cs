// Quiet twin of PriceLadderTuple: the tuple carries an ImmutableArray built from the ladder.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PriceLadderTuple;

public sealed class QuoteEngine
{
    private readonly Dictionary<string, decimal[]> _ladders = new();

    public void SetLadder(string symbol, IReadOnlyList<decimal> ticks)
    {
        var copy = new decimal[ticks.Count];
        for (int i = 0; i < copy.Length; i++) copy[i] = ticks[i];
        _ladders[symbol] = copy;
    }
}

public sealed class LadderPublisher
{
    private readonly Slot<QuoteEngine> _engines;

    public LadderPublisher(Slot<QuoteEngine> engines) => _engines = engines;

    public void Push(string symbol, decimal tick, int levels, Action done)
    {
        var ladder = new decimal[levels];
        for (int i = 0; i < levels; i++) ladder[i] = tick * (i + 1);
        (string Symbol, ImmutableArray<decimal> Ticks) state = (symbol, ImmutableArray.Create(ladder));
        _engines.RunOnAllThreads((engine, s) => engine.SetLadder(s.Symbol, s.Ticks), state, done);
    }
}

public static class TickRules
{
    public static decimal Round(decimal price, decimal tick) => tick == 0 ? price : Math.Round(price / tick) * tick;

    public static bool OnTick(decimal price, decimal tick) => tick != 0 && price % tick == 0;
}

// Trading: trading halts are pushed to every worker's book through a generic helper over RunOnAllThreadsAsync; its T
// is judged at each call (the docs' rule for generic helpers). The halts call passes a List. Twin: ToImmutableArray.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.TradingHaltsGenericPush;

public sealed class BookState
{
    public HashSet<string> Halted { get; } = new();
    public decimal BandPercent { get; set; } = 10m;
}

public static class Broadcaster
{
    public static Task Push<T>(Slot<BookState> books, Action<BookState, T> apply, T payload) =>
        books.RunOnAllThreadsAsync(apply, payload);
}

public sealed class HaltController
{
    private readonly Slot<BookState> _books;

    public HaltController(Slot<BookState> books) => _books = books;

    public Task HaltAsync(IEnumerable<string> symbols)
    {
        var halted = symbols.Distinct().ToList();
        return Broadcaster.Push(_books, (book, list) => book.Halted.UnionWith(list), halted); // expect: WEFT0007
    }

    public Task SetBandAsync(decimal percent) =>
        Broadcaster.Push(_books, (book, p) => book.BandPercent = p, percent);
}

public static class HaltRules
{
    public static bool IsValidBand(decimal percent) => percent is > 0 and <= 50;

    public static string Describe(IReadOnlyCollection<string> halted) => $"{halted.Count} symbols halted";
}

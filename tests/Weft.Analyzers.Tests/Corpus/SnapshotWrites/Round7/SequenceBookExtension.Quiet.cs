// Quiet twin of SequenceBookExtension: the worker advances its own sequence map, the shared book is only read.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.SequenceBookExtension;

public sealed class SequenceBook
{
    public Dictionary<string, long> LastSequence { get; } = new();
    public long Epoch { get; init; }
}

public static class MarketFeed
{
    private static SequenceBook s_book = new();

    [SharedSnapshot]
    public static SequenceBook Book => Volatile.Read(ref s_book);

    public static void Replace(SequenceBook next) => Volatile.Write(ref s_book, next);
}

public static class SequenceBookExtensions
{
    public static bool Advance(this SequenceBook book, string symbol, long sequence)
    {
        long last = book.LastSequence.GetValueOrDefault(symbol);
        if (sequence != last + 1) return false;
        book.LastSequence[symbol] = sequence;
        return true;
    }
}

public sealed class FeedWorker
{
    private readonly Dictionary<string, long> _seen = new();

    public bool OnPacket(string symbol, long sequence)
    {
        SequenceBook book = MarketFeed.Book;
        if (book.Epoch == 0) return false;
        long last = _seen.GetValueOrDefault(symbol, book.LastSequence.GetValueOrDefault(symbol));
        if (sequence != last + 1) return false;
        _seen[symbol] = sequence;
        return true;
    }

    public long Seen(string symbol) => _seen.GetValueOrDefault(symbol);
}

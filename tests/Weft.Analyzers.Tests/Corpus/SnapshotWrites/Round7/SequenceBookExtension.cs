// Trading feed handler: the gap-fill book is exposed by a user API marked [SharedSnapshot] (every worker reads the
// same book). A worker records the last sequence it saw through an extension method that writes into the book's
// dictionary: the extension writes its `this` parameter, reached from the shared snapshot. Twin: a per-worker map.
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
        return book.Advance(symbol, sequence); // expect: WEFT0003
    }

    public long Seen(string symbol) => _seen.GetValueOrDefault(symbol);
}

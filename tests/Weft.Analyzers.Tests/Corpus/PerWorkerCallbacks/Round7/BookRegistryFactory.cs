// Trading: each worker gets its own order book; the factory also registers each new book in a captured Dictionary
// by worker name so the admin page can find it — written from every worker's factory call at once. Twin: a
// ConcurrentDictionary.
using System.Collections.Generic;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BookRegistryFactory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class VenueBook
{
    public VenueBook(string owner) => Owner = owner;

    public string Owner { get; }
    public SortedDictionary<decimal, long> Bids { get; } = new();
    public SortedDictionary<decimal, long> Asks { get; } = new();
}

public sealed class BookAdmin
{
    private readonly IDictionary<string, VenueBook> _byWorker;

    public BookAdmin(IDictionary<string, VenueBook> byWorker) => _byWorker = byWorker;

    public int Depth(string worker) => _byWorker.TryGetValue(worker, out var b) ? b.Bids.Count + b.Asks.Count : 0;

    public static BookAdmin Install(WorkerPool pool)
    {
        var books = new Dictionary<string, VenueBook>();
        VenueBook.Initialize(pool, loop =>
        {
            var book = new VenueBook(loop.Name);
            books[loop.Name] = book; // expect: WEFT0008
            return book;
        });
        return new BookAdmin(books);
    }
}

public static class BookNames
{
    public static string Key(string worker, string venue) => $"{worker}/{venue}";

    public static bool IsWorker(string name) => name.StartsWith("worker-", System.StringComparison.Ordinal);
}

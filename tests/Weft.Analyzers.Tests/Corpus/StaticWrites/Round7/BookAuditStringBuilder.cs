// Trading: an end-of-day audit runs on every thread's order book and appends each book's summary to a static
// StringBuilder — from every worker at once. Twin: each worker's summary goes into a ConcurrentQueue and main joins
// them in the completion callback (main's code, one thread).
using System;
using System.Collections.Generic;
using System.Text;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.BookAuditStringBuilder;

public sealed class WorkerBook
{
    public string Venue { get; init; } = "";
    public Dictionary<string, long> NetPosition { get; } = new();

    public string Summary() => $"{Venue}: {NetPosition.Count} symbols";
}

public static class EndOfDay
{
    private static readonly StringBuilder s_audit = new();

    public static void Audit(Slot<WorkerBook> books, Action<string> done)
    {
        books.RunOnAllThreads(
            book => s_audit.AppendLine(book.Summary()), // expect: WEFT0006
            () =>
            {
                done(s_audit.ToString());
                s_audit.Clear();
            });
    }
}

public static class AuditFormat
{
    public static string Header(DateOnly day) => $"End of day {day:yyyy-MM-dd}";

    public static string Position(string symbol, long net) => net == 0 ? $"{symbol} flat" : $"{symbol} {net:+#;-#}";

    public static bool IsFlat(IReadOnlyDictionary<string, long> positions) => System.Linq.Enumerable.All(positions.Values, v => v == 0);
}

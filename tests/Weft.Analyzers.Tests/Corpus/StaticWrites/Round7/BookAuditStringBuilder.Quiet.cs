// Quiet twin of BookAuditStringBuilder: workers enqueue into a ConcurrentQueue; main builds the text on completion.
using System;
using System.Collections.Concurrent;
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
    private static readonly ConcurrentQueue<string> s_lines = new();

    public static void Audit(Slot<WorkerBook> books, Action<string> done)
    {
        books.RunOnAllThreads(
            book => s_lines.Enqueue(book.Summary()),
            () =>
            {
                var audit = new StringBuilder();
                while (s_lines.TryDequeue(out string? line)) audit.AppendLine(line);
                done(audit.ToString());
            });
    }
}

public static class AuditFormat
{
    public static string Header(DateOnly day) => $"End of day {day:yyyy-MM-dd}";

    public static string Position(string symbol, long net) => net == 0 ? $"{symbol} flat" : $"{symbol} {net:+#;-#}";

    public static bool IsFlat(IReadOnlyDictionary<string, long> positions) => System.Linq.Enumerable.All(positions.Values, v => v == 0);
}

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

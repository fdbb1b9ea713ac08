// Quiet twin of AccessLog: the reusable builder is [ThreadStatic], created on first use by each worker thread, so
// every worker formats into its own (the pages: a [ThreadStatic] field is never shared state).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Weft;

namespace Corpus.StaticWrites.R14.AccessLogQuiet;

public readonly record struct AccessEntry(string Method, string Path, int Status, long Bytes, TimeSpan Elapsed, string? UserAgent);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AccessLog
{
    [ThreadStatic]
    private static StringBuilder? t_line;

    private readonly TextWriter _out;
    private readonly Queue<string> _recent = new();
    private long _written;

    public AccessLog(TextWriter output) => _out = output;

    public long Written => _written;

    public void Write(in AccessEntry entry)
    {
        var line = t_line ??= new StringBuilder(256);
        line.Clear();
        line.Append(entry.Method).Append(' ').Append(entry.Path).Append(' ').Append(entry.Status);
        line.Append(' ').Append(entry.Bytes.ToString(CultureInfo.InvariantCulture));
        line.Append(' ').Append(entry.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)).Append("ms");
        if (entry.UserAgent is { Length: > 0 } agent)
        {
            line.Append(" \"").Append(agent.Replace("\"", "'", StringComparison.Ordinal)).Append('"');
        }

        var text = line.ToString();
        _out.WriteLine(text);
        _recent.Enqueue(text);
        if (_recent.Count > 100)
        {
            _recent.Dequeue();
        }

        _written++;
    }

    [WorkerUpdate]
    public void Flush(string reason)
    {
        _out.WriteLine($"# flush: {reason}");
        _out.Flush();
    }

    public IReadOnlyCollection<string> Recent => _recent;
}

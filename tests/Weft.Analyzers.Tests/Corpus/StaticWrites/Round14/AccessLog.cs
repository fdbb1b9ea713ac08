// A per-worker access logger (per-worker slot type) that formats one line per request into a reusable
// StringBuilder to avoid allocating. The builder is a plain static: every worker clears and appends to the same one at
// once (WEFT0006: a StringBuilder's Append on a static, reached through a local that holds it). The quiet twin makes
// the builder [ThreadStatic], which the pages say is never shared state: each worker thread formats into its own.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Weft;

namespace Corpus.StaticWrites.R14.AccessLogDefect;

public readonly record struct AccessEntry(string Method, string Path, int Status, long Bytes, TimeSpan Elapsed, string? UserAgent);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class AccessLog
{
    private static readonly StringBuilder s_line = new(256);

    private readonly TextWriter _out;
    private readonly Queue<string> _recent = new();
    private long _written;

    public AccessLog(TextWriter output) => _out = output;

    public long Written => _written;

    public void Write(in AccessEntry entry)
    {
        var line = s_line;
        line.Clear(); // expect: WEFT0006
        line.Append(entry.Method).Append(' ').Append(entry.Path).Append(' ').Append(entry.Status); // expect: WEFT0006
        line.Append(' ').Append(entry.Bytes.ToString(CultureInfo.InvariantCulture)); // expect: WEFT0006
        line.Append(' ').Append(entry.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)).Append("ms"); // expect: WEFT0006
        if (entry.UserAgent is { Length: > 0 } agent)
        {
            line.Append(" \"").Append(agent.Replace("\"", "'", StringComparison.Ordinal)).Append('"'); // expect: WEFT0006
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

// Quiet twin of BatchWriterSinks: the extension returns the sinks to use (a new immutable array when the
// default is missing) without touching the snapshot.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Weft;

namespace Corpus6b.BatchWriterSinks;

[ThreadLocalSlot]
public sealed partial class BatchSettings
{
    public int MaxBatch { get; init; } = 100;
    public ImmutableArray<string> Sinks { get; init; } = ImmutableArray<string>.Empty;
}

public static class BatchSettingsExtensions
{
    public static ImmutableArray<string> SinksWithDefault(this BatchSettings settings) =>
        settings.Sinks.Contains("stdout") ? settings.Sinks : settings.Sinks.Add("stdout");
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BatchWriter
{
    private readonly List<string> _pending = new();
    private readonly StringBuilder _scratch = new();

    public void Write(string record)
    {
        _pending.Add(record);
        BatchSettings settings = BatchSettings.Current;
        if (_pending.Count < settings.MaxBatch) return;
        foreach (string sink in settings.SinksWithDefault())
        {
            _scratch.Clear().Append(sink).Append(':').Append(_pending.Count);
        }
        _pending.Clear();
    }
}

// Batching writer whose sink list comes from a shared snapshot. Defect: an extension method "ensures" the default
// sink by adding it to the settings' list when missing; called on BatchSettings.Current on a worker, it writes
// the shared snapshot (WEFT0003 at the call; reading taken: like WEFT0002, a call of a user method that writes its
// argument is a write at the call). WEFT0001 on the mutable list member.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Weft;

namespace Corpus6b.BatchWriterSinks;

[ThreadLocalSlot]
public sealed partial class BatchSettings
{
    public int MaxBatch { get; init; } = 100;
    public List<string> Sinks { get; init; } = new(); // expect: WEFT0001
}

public static class BatchSettingsExtensions
{
    public static List<string> SinksWithDefault(this BatchSettings settings)
    {
        if (!settings.Sinks.Contains("stdout")) settings.Sinks.Add("stdout");
        return settings.Sinks;
    }
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
        foreach (string sink in settings.SinksWithDefault()) // expect: WEFT0003
        {
            _scratch.Clear().Append(sink).Append(':').Append(_pending.Count);
        }
        _pending.Clear();
    }
}

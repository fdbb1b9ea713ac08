// Short handler: the admin endpoint pushes config overrides to every worker's local config through a generated
// [WorkerUpdate] poster, handing the one Dictionary it parsed to every worker (WEFT0007).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R16.ConfigOverridesBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class LocalConfig
{
    private readonly Dictionary<string, string> _values = new();

    [WorkerUpdate]
    private void Apply(IReadOnlyDictionary<string, string> overrides)
    {
        foreach (var (key, value) in overrides)
            _values[key] = value;
    }
}

public static class AdminOverrides
{
    public static Task PushAsync(WorkerPool pool, string body)
    {
        var overrides = new Dictionary<string, string>();
        foreach (var line in body.Split('\n'))
            if (line.Split('=', 2) is [var key, var value])
                overrides[key.Trim()] = value.Trim();
        return LocalConfig.ApplyOnAllWorkersAsync(pool, overrides); // expect: WEFT0007
    }
}

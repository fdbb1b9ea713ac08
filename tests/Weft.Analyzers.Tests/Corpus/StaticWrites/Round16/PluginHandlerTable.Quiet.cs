// A plugin table of request handlers, a static ConcurrentDictionary<string, Func<...>> filled at run time: every
// worker registers its plugins in a [WorkerUpdate], and the concurrent dictionary takes the concurrent writes (quiet
// twin of PluginHandlerTable).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R16.PluginHandlerTable;

public static class PluginTable
{
    public static readonly ConcurrentDictionary<string, Func<string, string>> Handlers = new(StringComparer.Ordinal);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PluginHost
{
    private readonly List<string> _loaded = new();

    [WorkerUpdate]
    private void Load(string name)
    {
        _loaded.Add(name);
        PluginTable.Handlers[name] = body => $"{name}:{body}";
    }

    public string Run(string name, string body) =>
        PluginTable.Handlers.TryGetValue(name, out var handler) ? handler(body) : body;
}

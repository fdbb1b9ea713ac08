// A config watcher raises its own Reloaded event from Task.Run after parsing the file. A handler added by worker code
// reads the routes snapshot's Current: raised on the pool, the read runs there (WEFT0005 at the read, the handler being
// in the file of the raise).
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R16.ReloadEventOnPool;

[ThreadLocalSlot]
public sealed partial class RouteConfig
{
    public int Version { get; init; }
}

public sealed class ConfigWatcher
{
    public event Action<string>? Reloaded;

    public Task ReloadAsync(string path) =>
        Task.Run(() =>
        {
            string text = File.ReadAllText(path);
            Reloaded?.Invoke(text);
        });
}

public sealed class ReloadLogger
{
    public string Last { get; private set; } = "";

    public void Attach(ConfigWatcher watcher) =>
        watcher.Reloaded += text => Last = $"v{RouteConfig.Current.Version}: {text.Length} bytes"; // expect: WEFT0005
}

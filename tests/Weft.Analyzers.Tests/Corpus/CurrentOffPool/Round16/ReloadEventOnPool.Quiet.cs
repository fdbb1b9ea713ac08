// A config watcher reads the file on the pool and raises its own Reloaded event back on the loop that asked (a plain
// await resumes there). A handler added by worker code reads the routes snapshot's Current on that loop (quiet twin of
// ReloadEventOnPool).
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

    public async Task ReloadAsync(string path)
    {
        string text = await Task.Run(() => File.ReadAllText(path));
        Reloaded?.Invoke(text);
    }
}

public sealed class ReloadLogger
{
    public string Last { get; private set; } = "";

    public void Attach(ConfigWatcher watcher) =>
        watcher.Reloaded += text => Last = $"v{RouteConfig.Current.Version}: {text.Length} bytes";
}

// Application-style: a config reloader. A FileSystemWatcher notices the file, the text is parsed into an immutable
// snapshot on main and published; workers read Current. Defects: the watcher's Changed handler (raised on a thread of
// the library's own) reads the snapshot's Current to compare versions (WEFT0005), and the parsed header list is kept
// in a field and appended to after it was published through a user slot (WEFT0002).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus.Idioms.R9.ConfigReloaderService;

[ThreadLocalSlot]
public sealed partial class ProxyConfig
{
    public int Version { get; init; }

    public ImmutableDictionary<string, string> Upstreams { get; init; } = ImmutableDictionary<string, string>.Empty;

    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

public sealed class ConfigReloader : IDisposable
{
    private readonly WorkerPool _pool;
    private readonly Slot<List<string>> _headers;
    private readonly FileSystemWatcher _watcher;
    private readonly List<string> _extraHeaders = new();
    private int _version;

    public ConfigReloader(WorkerPool pool, Slot<List<string>> headers, string path)
    {
        _pool = pool;
        _headers = headers;
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path));
        _watcher.Changed += OnChanged;
        _watcher.EnableRaisingEvents = true;
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        int seen = Volatile.Read(ref _version);
        if (seen >= 0)
        {
            _pool.Main.Post(() => _ = ReloadAsync(e.FullPath, CancellationToken.None));
        }
    }

    public async Task ReloadAsync(string path, CancellationToken cancellationToken)
    {
        string[] lines = await File.ReadAllLinesAsync(path, cancellationToken);
        var entries = lines
            .Select(line => line.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts is [{ Length: > 0 }, { Length: > 0 }])
            .ToList();

        TimeSpan idle = entries.FirstOrDefault(p => p[0] == "idle") is [_, var seconds] && int.TryParse(seconds, out int s)
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(30);

        var config = new ProxyConfig
        {
            Version = Interlocked.Increment(ref _version),
            Upstreams = entries.Where(p => p[0].StartsWith("upstream.", StringComparison.Ordinal))
                .ToImmutableDictionary(p => p[0]["upstream.".Length..], p => p[1]),
            IdleTimeout = idle,
        };
        await ProxyConfig.PublishAsync(_pool, config);

        var extraHeaders = new List<string>();
        foreach (string[] header in entries.Where(p => p[0].StartsWith("header.", StringComparison.Ordinal)))
        {
            extraHeaders.Add($"{header[0]["header.".Length..]}: {header[1]}");
        }

        _headers.Publish(extraHeaders);
    }

    public void Dispose() => _watcher.Dispose();
}

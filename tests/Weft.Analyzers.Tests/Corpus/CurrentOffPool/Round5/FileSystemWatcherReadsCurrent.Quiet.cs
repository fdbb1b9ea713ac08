// Quiet twin of FileSystemWatcherReadsCurrent: the route count is read on the worker; the handler prints the copy.
using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using System.Runtime.CompilerServices;
using Weft;
using Weft.Threading;

namespace Corpus5b.FileSystemWatcherReadsCurrentQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Watch
{
    public static FileSystemWatcher Start(string directory)
    {
        int routes = RouteTable.Current.Routes.Length;
        var watcher = new FileSystemWatcher(directory);
        watcher.Changed += (_, e) => Console.WriteLine($"{e.Name}: {routes} routes");
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}

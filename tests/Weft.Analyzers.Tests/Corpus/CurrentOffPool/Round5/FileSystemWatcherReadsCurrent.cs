// WEFT0005: a FileSystemWatcher's Changed handler (raised on a pool thread) reads Current. Reading: as for the
// other events raised on another thread, the read inside the handler is where it is reported.
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

namespace Corpus5b.FileSystemWatcherReadsCurrent;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public ImmutableArray<string> Routes { get; init; }
}

public static class Watch
{
    public static FileSystemWatcher Start(string directory)
    {
        var watcher = new FileSystemWatcher(directory);
        watcher.Changed += (_, e) => Console.WriteLine($"{e.Name}: {RouteTable.Current.Routes.Length} routes"); // expect: WEFT0005
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}

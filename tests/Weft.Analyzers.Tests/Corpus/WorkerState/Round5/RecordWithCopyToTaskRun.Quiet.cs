// Quiet twin of RecordWithCopyToTaskRun: the `with` copy gets a new List copied from the worker's (a deep copy).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.RecordWithCopyToTaskRunQuiet;

public sealed record Window(string Name, List<string> Items);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public Window Recent { get; set; } = new("recent", new List<string>());
}

public static class Archive
{
    public static Task Rotate()
    {
        Window current = HostCache.Current.Recent;
        Window archived = current with { Name = "archived", Items = new List<string>(current.Items) };
        return Task.Run(() => archived.Items.Clear());
    }
}

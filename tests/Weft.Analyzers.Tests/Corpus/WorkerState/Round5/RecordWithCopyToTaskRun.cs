// WEFT0004: a record class held by the per-worker value is copied with `with`; the copy still references the worker's
// List (`with` is shallow), and Task.Run clears that list on a pool thread.
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

namespace Corpus5b.RecordWithCopyToTaskRun;

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
        Window archived = HostCache.Current.Recent with { Name = "archived" };
        return Task.Run(() => archived.Items.Clear()); // expect: WEFT0004
    }
}

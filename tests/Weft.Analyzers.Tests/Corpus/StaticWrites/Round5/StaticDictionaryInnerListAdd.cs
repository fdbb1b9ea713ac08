// WEFT0006: a static Dictionary of Lists; a [WorkerUpdate] method adds to the inner List it looks up (what the static
// collection holds is shared too).
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

namespace Corpus5b.StaticDictionaryInnerListAdd;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly Dictionary<string, List<string>> s_aliases = new() { ["default"] = new List<string>() };

    [WorkerUpdate]
    private void Alias(string name) => s_aliases["default"].Add(name); // expect: WEFT0006
}

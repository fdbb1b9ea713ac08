// C# 14 `field ??= []` in a static property's getter, used from a [WorkerUpdate]: the lazy creation and the Add both
// race across workers. Reading taken: reported at the worker code's Add on the static list.
using System.Collections.Generic;
using Weft;

namespace Corpus.R12.LazyStaticFieldKeyword;

public static class Registry
{
    public static List<string> Names => field ??= [];
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tracker
{
    [WorkerUpdate]
    public void Track(string name) => Registry.Names.Add(name); // expect: WEFT0006
}

// A settings object whose Lazy<int> factory reads Current; its Value is first read inside Task.Run. #escape: the factory's read or the forcing call.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.CurrentOffPool.Round10.LazySettingForcedOnPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limits
{
    public int MaxBatch { get; set; } = 16;
}

public sealed class Settings
{
    private readonly Lazy<int> _batch = new(() => Limits.Current.MaxBatch); // expect: WEFT0005 #escape

    public int Batch => _batch.Value;
}

public static class Batching
{
    private static int Work(int batch) => batch * 2;

    public static Task<int> Run(Settings settings)
    {
        return Task.Run(() => Work(settings.Batch)); // expect: WEFT0005 #escape
    }
}

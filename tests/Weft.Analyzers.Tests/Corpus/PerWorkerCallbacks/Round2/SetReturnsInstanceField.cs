// Round 2. Slot<T>.SetAsync with a factory that returns the service's one template object, captured through `this`.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.Round2.SetField;

public sealed class Scratch
{
    public List<byte[]> Buffers { get; } = new();

    public Scratch Clone() => new();
}

public sealed class ScratchService(Slot<Scratch> slot)
{
    private readonly Scratch _template = new();

    public Task StartAsync() => slot.SetAsync(_ => _template); // expect: WEFT0008
}

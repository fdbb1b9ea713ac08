// WEFT0008 across files: Defaults (this file) owns one ScratchBuffers instance; Startup.cs hands Slot<T>.Set a
// factory returning that instance, so every worker shares it.
namespace Corpus.PerWorkerCallbacks.R9.SharedDefaultFromOtherType;

public sealed class ScratchBuffers
{
    public byte[] Read { get; } = new byte[4096];
}

public sealed class Defaults
{
    public ScratchBuffers Buffers { get; } = new();
}

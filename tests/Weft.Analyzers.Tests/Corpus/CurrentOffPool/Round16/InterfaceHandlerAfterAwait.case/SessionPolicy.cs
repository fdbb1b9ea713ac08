using System;
using Weft;

namespace Corpus.CurrentOffPool.R16.InterfaceHandlerAfterAwait;

[ThreadLocalSlot]
public sealed partial class SessionPolicy
{
    public TimeSpan MinRemaining { get; init; } = TimeSpan.FromMinutes(1);
}

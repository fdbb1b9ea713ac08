// WEFT0001: the sealed slot type inherits a writable field from its base; reported on the slot type's name.
using Weft;

namespace Corpus.Immutability.R8.InheritedPoolSettings;

public class PoolSettingsBase
{
    protected int MaxIdle;
    public int Idle => MaxIdle;
}

[ThreadLocalSlot]
public sealed partial class PoolSettings // expect: WEFT0001
    : PoolSettingsBase
{
    public string Name { get; init; } = "";
}

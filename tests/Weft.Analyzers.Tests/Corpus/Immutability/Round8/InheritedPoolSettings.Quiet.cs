// Twin: the base's field is readonly and set in its constructor.
using Weft;

namespace Corpus.Immutability.R8.InheritedPoolSettingsQuiet;

public class PoolSettingsBase
{
    protected readonly int MaxIdle;
    protected PoolSettingsBase(int maxIdle) => MaxIdle = maxIdle;
    public int Idle => MaxIdle;
}

[ThreadLocalSlot]
public sealed partial class PoolSettings : PoolSettingsBase
{
    public PoolSettings() : base(8) { }
    public string Name { get; init; } = "";
}

namespace Weft.Tests;

/// <summary>
/// Tests that count a thread's allocations to the byte over many repeated bursts run alone, so that other tests'
/// allocations start fewer background collections while they measure (see <see cref="SettledAllocation"/> for why a
/// background collection disturbs such a count, and how a disturbed measurement is taken again).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Allocation measurements";
}

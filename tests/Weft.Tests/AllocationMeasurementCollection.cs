namespace Weft.Tests;

/// <summary>
/// Tests that count a thread's allocations (<c>GC.GetAllocatedBytesForCurrentThread</c>) run alone: a listener another
/// test attaches process-wide (a <c>MeterListener</c>, an event listener) runs its callbacks on the thread that records,
/// and would count there. Seen once in CI: a burst that allocates nothing on its own measured 2,304 B in the full suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Allocation measurements";
}

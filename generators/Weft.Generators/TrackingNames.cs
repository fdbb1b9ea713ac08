namespace Weft.Generators;

/// <summary>Names of the tracked pipeline steps, public to tests that assert incrementality.</summary>
public static class TrackingNames
{
    /// <summary>Models built from <c>[ThreadLocalSlot]</c> types (null for shapes the generator cannot serve).</summary>
    public const string SlotTypes = nameof(SlotTypes);

    /// <summary>The servable models only.</summary>
    public const string ServableSlotTypes = nameof(ServableSlotTypes);
}

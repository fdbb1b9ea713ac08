// Metrics exporter on main that publishes one label set per tenant. Defect: a shared "common labels" dictionary
// is published inside every tenant's label set, and the loop's next iteration then overwrites the tenant key in it
// (WEFT0002: the write above the publish runs again after the first iteration's publish).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Slots;

namespace Corpus6b.ExporterTemplateLoop;

public sealed class LabelSet
{
    public LabelSet(string tenant, Dictionary<string, string> labels) { Tenant = tenant; Labels = labels; }
    public string Tenant { get; }
    public Dictionary<string, string> Labels { get; }
}

public sealed class TenantLabelPublisher
{
    private readonly Dictionary<string, Slot<LabelSet>> _slots = new(StringComparer.Ordinal);
    private readonly WorkerPool _pool;

    public TenantLabelPublisher(WorkerPool pool) => _pool = pool;

    public void PublishAll(IEnumerable<string> tenants, string region)
    {
        var common = new Dictionary<string, string>(StringComparer.Ordinal) { ["region"] = region };
        foreach (string tenant in tenants)
        {
            if (!_slots.TryGetValue(tenant, out var slot)) _slots[tenant] = slot = _pool.AllocateSlot<LabelSet>();
            common["tenant"] = tenant; // expect: WEFT0002
            slot.Publish(new LabelSet(tenant, common));
        }
    }
}

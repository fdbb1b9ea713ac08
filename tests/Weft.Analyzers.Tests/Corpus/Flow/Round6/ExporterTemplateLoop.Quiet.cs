// Quiet twin of ExporterTemplateLoop: each tenant gets its own copy of the common labels.
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
            var labels = new Dictionary<string, string>(common, StringComparer.Ordinal);
            if (!_slots.TryGetValue(tenant, out var slot)) _slots[tenant] = slot = _pool.AllocateSlot<LabelSet>();
            labels["tenant"] = tenant;
            slot.Publish(new LabelSet(tenant, labels));
        }
    }
}

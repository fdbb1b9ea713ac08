using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// <c>GroupBy</c> over snapshot or published data: each group holds the source's elements themselves, so a write to
/// an element reached through a group (<c>group.First().Ttl = 0</c>, a loop over the group) writes the shared data.
/// Grouping projected values (an element selector of numbers) or a copy of the elements stays quiet. Fails on the
/// engine before, which took GroupBy's result for a new object of the library's (corpus SnapshotWrites/Round5
/// FilteredAndGroupedElements).
/// </summary>
public sealed class GroupedElementTests
{
    private const string Types = """
        using System.Collections.Generic;
        using System.Linq;
        using Weft;
        using Weft.Slots;
        namespace App;

        public sealed class Lease
        {
            public string Zone = "";
            public int Ttl;
        }

        #pragma warning disable WEFT0001
        [ThreadLocalSlot]
        public sealed partial class Leases
        {
            public List<Lease> All { get; init; } = new();
        }
        #pragma warning restore WEFT0001

        """;

    [Fact]
    public Task Elements_reached_through_groups_of_shared_data_are_reported() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Expiry
        {
            public static void Expire()
            {
                foreach (var group in Leases.Current.All.GroupBy(l => l.Zone))
                {
                    {|WEFT0003:group.First().Ttl = 0|};
                    foreach (Lease lease in group)
                    {
                        {|WEFT0003:lease.Ttl--|};
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Groups_of_a_published_list_written_after_the_publish_are_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Types + """
        public static class Expiry
        {
            public static void Publish(Slot<List<Lease>> slot, List<Lease> leases)
            {
                slot.Publish(leases);
                var byZone = leases.GroupBy(l => l.Zone).ToList();
                {|WEFT0002:byZone[0].Last().Ttl = 1|};
            }
        }
        """);

    [Fact]
    public Task Groups_of_projected_values_or_of_copies_are_quiet() => Verifier.AnalyzeAsync<SnapshotMutationAnalyzer>(Types + """
        public static class Expiry
        {
            public static int Expire()
            {
                int total = 0;
                foreach (var group in Leases.Current.All.GroupBy(l => l.Zone, l => l.Ttl))
                {
                    total += group.Sum();
                }

                foreach (var group in Leases.Current.All.Select(l => new Lease { Zone = l.Zone, Ttl = l.Ttl }).GroupBy(l => l.Zone))
                {
                    group.First().Ttl = 0;
                }

                return total;
            }
        }
        """);
}

using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A read-only table of delegates (a dictionary or an array of them) filled by its field initializer holds those
/// delegates for its whole life: one read from it by index in another method and invoked with the published object
/// runs one of them there: the write it makes is reported at the invocation. Fails on the engine before (an element of the field's table was memory the analysis knew
/// nothing of, so the invocation ran nothing).
/// </summary>
public sealed class DelegateTableFieldTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        """;

    [Fact]
    public Task An_edit_from_a_static_table_of_delegates_applied_to_the_published_object_after_the_publish_is_reported() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            private static readonly Dictionary<string, Action<Dictionary<string, string>>> s_edits = new()
            {
                ["drain"] = table => table.Remove("/v1"),
            };

            private static readonly Action<List<string>>[] s_steps = [hosts => hosts.Clear()];

            public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> table)
            {
                slot.Publish(table);
                {|WEFT0002:s_edits["drain"](table)|};
            }

            public static void Reset(Slot<List<string>> slot, List<string> hosts, int step)
            {
                slot.Publish(hosts);
                {|WEFT0002:s_steps[step](hosts)|};
            }
        }
        """);

    [Fact]
    public Task Edits_from_a_static_table_applied_before_the_publish_or_that_only_read_are_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Usings + """
        public static class Routes
        {
            private static readonly Dictionary<string, Action<Dictionary<string, string>>> s_edits = new()
            {
                ["drain"] = table => table.Remove("/v1"),
            };

            private static readonly Dictionary<string, Action<Dictionary<string, string>>> s_reports = new()
            {
                ["count"] = table => Console.WriteLine(table.Count),
            };

            public static void Reload(Slot<Dictionary<string, string>> slot, Dictionary<string, string> table)
            {
                s_edits["drain"](table);
                slot.Publish(table);
                s_reports["count"](table);
            }
        }
        """);
}

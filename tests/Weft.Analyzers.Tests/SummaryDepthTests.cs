using System.Threading.Tasks;

namespace Weft.Analyzers.Tests;

/// <summary>
/// A callee's summary is cached and answers every later caller, so it is computed at one depth whoever asks first:
/// before, it was computed at the asking caller's depth, and a helper first reached from a lambda run in place (one
/// level down) lost what its callees' callees do — for every later caller, in some builds and not others (concurrent
/// builds analyse bodies in any order). A chain of helpers is followed up to the summary-chain bound, deeper than the
/// old depth bound of three. Each defect test fails on the engine before.
/// </summary>
public sealed class SummaryDepthTests
{
    private const string Chain = """
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public static class Chain
        {
            public static void Outer(List<int> ports) => Middle(ports);

            private static void Middle(List<int> ports) => Inner(ports);

            private static void Inner(List<int> ports) => ports.Add(443);
        }

        """;

    [Fact]
    public Task A_helper_chain_first_reached_from_a_lambda_still_reports_its_write_at_a_later_top_level_call() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Chain + """
        public static class Config
        {
            public static void Apply(Slot<List<int>> slot)
            {
                Action warm = () => Chain.Outer(new List<int>());
                warm();
                var ports = new List<int> { 80 };
                slot.Publish(ports);
                {|WEFT0002:Chain.Outer(ports)|};
            }
        }
        """);

    [Fact]
    public Task The_same_call_without_the_lambda_first_is_reported_too() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>(Chain + """
        public static class Config
        {
            public static void Apply(Slot<List<int>> slot)
            {
                var ports = new List<int> { 80 };
                slot.Publish(ports);
                {|WEFT0002:Chain.Outer(ports)|};
            }
        }
        """);

    [Fact]
    public Task A_chain_of_five_helpers_is_followed_to_the_write() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public static class Steps
        {
            public static void One(List<int> ports) => Two(ports);
            private static void Two(List<int> ports) => Three(ports);
            private static void Three(List<int> ports) => Four(ports);
            private static void Four(List<int> ports) => Five(ports);
            private static void Five(List<int> ports) => ports.Add(8080);
        }

        public static class Config
        {
            public static void Apply(Slot<List<int>> slot)
            {
                var ports = new List<int> { 80 };
                slot.Publish(ports);
                {|WEFT0002:Steps.One(ports)|};
            }
        }
        """);

    [Fact]
    public Task A_chain_that_only_reads_stays_quiet() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public static class Steps
        {
            public static int One(List<int> ports) => Two(ports);
            private static int Two(List<int> ports) => Three(ports);
            private static int Three(List<int> ports) => Four(ports);
            private static int Four(List<int> ports) => Five(ports);
            private static int Five(List<int> ports) => ports.Count;
        }

        public static class Config
        {
            public static int Apply(Slot<List<int>> slot)
            {
                var ports = new List<int> { 80 };
                slot.Publish(ports);
                return Steps.One(ports);
            }
        }
        """);

    [Fact]
    public Task Recursive_helpers_and_a_lambda_that_invokes_itself_end_quietly() => Verifier.AnalyzeAsync<PublishedObjectMutationAnalyzer>("""
        using System;
        using System.Collections.Generic;
        using Weft.Slots;
        namespace App;

        public static class Walk
        {
            public static int Ping(List<int> ports, int n) => n == 0 ? ports.Count : Pong(ports, n - 1);
            private static int Pong(List<int> ports, int n) => Ping(ports, n);
        }

        public static class Config
        {
            public static int Apply(Slot<List<int>> slot)
            {
                var ports = new List<int> { 80 };
                slot.Publish(ports);
                Func<List<int>, int, int>? count = null;
                count = (list, n) => n == 0 ? list.Count : count!(list, n - 1);
                return count(ports, 3) + Walk.Ping(ports, 3);
            }
        }
        """);
}

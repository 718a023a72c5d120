import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A one-node OpenSearch cluster for tests, run with the opensearch-node class path (see pom.xml here):
 * {@code java -cp <class path> OpenSearchNodeMain.java <http port> <transport port> <home folder>}. Prints READY
 * once the cluster is yellow and stops when its standard input closes, so it never outlives the test JVM.
 */
public class OpenSearchNodeMain {

	public static void main(String[] args) throws Exception {
		int httpPort = Integer.parseInt(args[0]);
		String transportPort = args[1];
		OpenSearchRunner runner = new OpenSearchRunner();
		// the runner takes the first free port from base + 1 up to this maximum: exactly the one given
		runner.setMaxHttpPort(httpPort);
		runner.onBuild((number, settings) -> settings.put("transport.port", transportPort)).build(new OpenSearchRunner.Configs().basePath(args[2]).numOfNode(1).baseHttpPort(httpPort - 1)
			.clusterName("platform-test"));
		runner.ensureYellow();
		System.out.println("READY");
		System.out.flush();
		while (System.in.read() != -1) {
			// wait for the parent to close the pipe (or die)
		}
		runner.close();
		runner.clean();
		System.exit(0);
	}

}

package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files in {@code deploy/} cannot be run here (no container engine), so their structure is checked:
 * every YAML file parses, the compose stack has what the README promises, the Kubernetes manifests are
 * complete and refer to each other consistently.
 */
class DeployFilesTest {

	private static Path deploy;

	@BeforeAll
	static void locate() {
		Path module = Path.of("").toAbsolutePath();
		deploy = Stream.of(module.resolve("deploy"), module.resolveSibling("deploy"))
			.filter(Files::isDirectory)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no deploy/ folder next to " + module));
	}

	@Test
	void everyYamlFileParses() throws IOException {
		List<Path> files = yamlFiles();
		assertThat(files).hasSizeGreaterThanOrEqualTo(9);
		for (Path file : files) {
			assertThat(documents(file)).as(file.toString()).isNotEmpty().doesNotContainNull();
		}
	}

	@Test
	void composeHasTheWholeStack() throws IOException {
		Map<String, Object> compose = map(documents(deploy.resolve("compose.yaml")).getFirst());
		Map<String, Object> services = map(compose.get("services"));
		services.forEach((name, service) -> assertThat(map(service).keySet())
			.as("service %s has an image or a build", name)
			.containsAnyOf("image", "build"));

		for (String node : List.of("mongo1", "mongo2", "mongo3")) {
			assertThat(String.valueOf(map(services.get(node)).get("command"))).as(node).contains("--replSet", "rs0");
		}
		assertThat(String.valueOf(map(services.get("mongo-init")).get("command"))).contains("rs.initiate",
				"mongo1:27017", "mongo2:27017", "mongo3:27017");

		for (String app : List.of("app1", "app2")) {
			Map<String, Object> service = map(services.get(app));
			assertThat(map(service.get("build")).get("dockerfile")).isEqualTo("deploy/Dockerfile");
			assertThat(String.valueOf(map(service.get("healthcheck")).get("test"))).contains("/actuator/health/");
			Map<String, Object> environment = map(service.get("environment"));
			assertThat(String.valueOf(environment.get("SPRING_MONGODB_URI"))).contains("mongo1", "mongo2", "mongo3",
					"replicaSet=rs0");
			assertThat(environment).containsKeys("SPRING_MAIL_HOST", "PLATFORM_BOOTSTRAP_ADMIN_EMAIL",
					"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_ID",
					"SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENT_SECRET",
					"SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_AUTHORIZATION_URI",
					"SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_TOKEN_URI",
					"SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_KEYCLOAK_JWK_SET_URI");
			assertThat(String.valueOf(environment.get("SPRING_MAIL_HOST"))).contains("mailpit");
			// a real database without the public address stops the start (links never come from Host headers)
			assertThat(String.valueOf(environment.get("PLATFORM_WEB_BASE_URL"))).startsWith("https://");
		}

		Map<String, Object> proxy = map(services.get("proxy"));
		assertThat(String.valueOf(proxy.get("image"))).containsAnyOf("caddy", "nginx");
		assertThat(String.valueOf(proxy.get("ports"))).contains("443:443");
		assertThat(String.valueOf(proxy.get("volumes"))).contains("Caddyfile");
		String caddyfile = Files.readString(deploy.resolve("caddy/Caddyfile"));
		assertThat(caddyfile).contains("app1:8080", "app2:8080", "/actuator/health/readiness");

		Map<String, Object> keycloak = map(services.get("keycloak"));
		assertThat(String.valueOf(keycloak.get("command"))).contains("--import-realm");
		assertThat(String.valueOf(keycloak.get("volumes")))
			.contains("./keycloak/inclusive-cities-realm.json:/opt/keycloak/data/import/");

		assertThat(String.valueOf(map(services.get("mailpit")).get("image"))).contains("mailpit");
	}

	@Test
	void keycloakRealmHasThePlatformRolesAndClient() throws IOException {
		// JSON is YAML
		Map<String, Object> realm = map(documents(deploy.resolve("keycloak/inclusive-cities-realm.json")).getFirst());
		List<Object> roles = list(map(realm.get("roles")).get("realm"));
		assertThat(roles).extracting(role -> map(role).get("name"))
			.contains("NETWORK_ADMIN", "CITY_ADMIN", "COUNCIL_MEMBER", "REVIEWER");
		Map<String, Object> client = map(list(realm.get("clients")).getFirst());
		assertThat(client.get("clientId")).isEqualTo("inclusive-cities-platform");
		assertThat(client.get("publicClient")).isEqualTo(false);
		assertThat(list(client.get("redirectUris"))).singleElement()
			.asString()
			.endsWith("/login/oauth2/code/keycloak");
	}

	@Test
	void kubernetesManifestsAreCompleteAndConsistent() throws IOException {
		List<Map<String, Object>> manifests = new ArrayList<>();
		try (Stream<Path> files = Files.list(deploy.resolve("k8s"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				documents(file).forEach(document -> manifests.add(map(document)));
			}
		}
		for (Map<String, Object> manifest : manifests) {
			assertThat(manifest).containsKeys("apiVersion", "kind");
			if (!"Kustomization".equals(manifest.get("kind"))) {
				assertThat(map(manifest.get("metadata"))).containsKey("name");
			}
		}

		Map<String, Object> deployment = only(manifests, "Deployment");
		Map<String, Object> podTemplate = map(map(deployment.get("spec")).get("template"));
		Map<String, Object> podLabels = map(map(podTemplate.get("metadata")).get("labels"));
		assertThat(podLabels).containsAllEntriesOf(map(map(map(deployment.get("spec")).get("selector")).get("matchLabels")));
		for (Object item : list(map(podTemplate.get("spec")).get("containers"))) {
			Map<String, Object> container = map(item);
			assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
				.isEqualTo("/actuator/health/liveness");
			assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
				.isEqualTo("/actuator/health/readiness");
			Map<String, Object> resources = map(container.get("resources"));
			assertThat(map(resources.get("requests"))).containsKeys("cpu", "memory");
			assertThat(map(resources.get("limits"))).containsKeys("cpu", "memory");
			assertThat(String.valueOf(container.get("envFrom"))).contains("platform-config", "platform-secrets");
		}
		String deploymentName = name(deployment);

		Map<String, Object> hpa = only(manifests, "HorizontalPodAutoscaler");
		assertThat(map(map(hpa.get("spec")).get("scaleTargetRef")).get("name")).isEqualTo(deploymentName);
		assertThat((Integer) map(hpa.get("spec")).get("minReplicas")).isGreaterThanOrEqualTo(2);

		Map<String, Object> pdb = only(manifests, "PodDisruptionBudget");
		assertThat(podLabels).containsAllEntriesOf(map(map(map(pdb.get("spec")).get("selector")).get("matchLabels")));

		Map<String, Object> service = only(manifests, "Service");
		assertThat(podLabels).containsAllEntriesOf(map(map(service.get("spec")).get("selector")));
		assertThat(String.valueOf(only(manifests, "Ingress").get("spec"))).contains("name=" + name(service));

		assertThat(name(only(manifests, "ConfigMap"))).isEqualTo("platform-config");
		Map<String, Object> secret = only(manifests, "Secret");
		assertThat(name(secret)).isEqualTo("platform-secrets");
		assertThat(map(secret.get("stringData"))).containsKey("SPRING_MONGODB_URI");
		assertThat(String.valueOf(map(only(manifests, "ConfigMap").get("data")).get("PLATFORM_WEB_BASE_URL")))
			.isEqualTo("https://platform.example.org");
		assertThat(map(secret.get("stringData"))).containsKey("PLATFORM_WEB_METRICS_TOKEN");
		assertThat(map(only(manifests, "ConfigMap").get("data")).keySet())
			.allSatisfy(key -> assertThat(key).matches("[A-Z_][A-Z0-9_]*"));

		for (Object resource : list(only(manifests, "Kustomization").get("resources"))) {
			assertThat(deploy.resolve("k8s").resolve(resource.toString())).as("kustomization resource").exists();
		}
	}

	@Test
	void imageIsLayeredNonRootAndHealthChecked() throws IOException {
		String dockerfile = Files.readString(deploy.resolve("Dockerfile"));
		assertThat(dockerfile).contains("platform-web/target/platform.jar", "-Djarmode=tools", "extract --layers",
				"HEALTHCHECK", "/actuator/health/liveness");
		assertThat(dockerfile).containsPattern("(?m)^FROM eclipse-temurin:(2[1-9]|[3-9][0-9])-jre");
		assertThat(dockerfile).containsPattern("(?m)^USER [1-9][0-9]*");
	}

	private static List<Path> yamlFiles() throws IOException {
		try (Stream<Path> files = Files.walk(deploy)) {
			return files.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
	}

	private static List<Object> documents(Path file) throws IOException {
		List<Object> documents = new ArrayList<>();
		new Yaml(new LoaderOptions()).loadAll(Files.readString(file)).forEach(documents::add);
		return documents;
	}

	private static Map<String, Object> only(List<Map<String, Object>> manifests, String kind) {
		List<Map<String, Object>> ofKind = manifests.stream().filter(m -> kind.equals(m.get("kind"))).toList();
		assertThat(ofKind).as("one %s", kind).hasSize(1);
		return ofKind.getFirst();
	}

	private static String name(Map<String, Object> manifest) {
		return String.valueOf(map(manifest.get("metadata")).get("name"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}

}
